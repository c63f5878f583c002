using System.IO;
using DiplomacyData.Cli.Draft;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DiplomacyData.Cli.Tests;

/// <summary>The draft's YAML scalars read back, with YamlDotNet (the generator's reader), as the very text written.</summary>
public class YamlScalarTests
{
    [Theory]
    [InlineData("Lavrov met Araghchi in Moscow on Tuesday.")]
    [InlineData("\"on Tuesday\": Tuesday resolved against the dateline")]
    [InlineData("The ministers said: \"we agree\"")]
    [InlineData("key: value")]
    [InlineData("ends with a colon:")]
    [InlineData("a # not a comment")]
    [InlineData("- a dash first")]
    [InlineData("? a question first")]
    [InlineData("[bracketed]")]
    [InlineData("{braced}")]
    [InlineData("'single quoted'")]
    [InlineData("&anchor")]
    [InlineData("*alias")]
    [InlineData("!tag")]
    [InlineData("|literal")]
    [InlineData(">folded")]
    [InlineData("%directive")]
    [InlineData("@at")]
    [InlineData("`backtick")]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("back\\slash")]
    [InlineData("tab\there")]
    [InlineData("line\nbreak")]
    [InlineData("zero\u200Bwidth and \u2028 separator")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("042")]
    [InlineData("1e3")]
    [InlineData("-12.5")]
    [InlineData(".inf")]
    [InlineData("0x1F")]
    [InlineData("2026-03-15")]
    [InlineData("https://example.org/a?b=c#d")]
    [InlineData("Сергей Лавров – «цитата»")]
    [InlineData("")]
    public void A_text_reads_back_as_itself_and_never_as_another_type(string text)
    {
        var yaml = "key: " + YamlScalar.Of(text) + "\n";

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var scalar = (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode)["key"];

        scalar.Value.ShouldBe(text, yaml);
        if (scalar.Style == ScalarStyle.Plain)
        {
            // A plain scalar is text only when it is no null, boolean or number of the YAML 1.2 core schema.
            (scalar.Value ?? string.Empty).ShouldNotMatch("^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$", yaml);
        }
    }

    [Fact]
    public void Null_is_a_tilde()
    {
        YamlScalar.Of(null).ShouldBe("~");
    }
}
