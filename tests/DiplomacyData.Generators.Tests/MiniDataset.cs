using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// A small, valid dataset in the real schema. Diagnostic tests break one thing in it and expect exactly
/// that problem, at the position of the text they changed.
/// </summary>
internal sealed class MiniDataset
{
    public const string DataPath = "/repo/data/mini.yaml";
    public const string ArchivePath = "/repo/data/sources/test-source.txt";

    public const string Yaml = """
        countries:
          - id: IRN
            name: Iran
            officialName: Islamic Republic of Iran
            alpha2: IR
          - id: RUS
            name: Russia
            officialName: Russian Federation
            alpha2: RU
        organizations:
          - id: russia-mfa
            name: Ministry of Foreign Affairs of the Russian Federation
            kind: ministry
            country: RUS
        topics:
          - id: jcpoa
            name: Joint Comprehensive Plan of Action
        people:
          - id: sergey-lavrov
            name:
              given: Sergey
              family: Lavrov
            country: RUS
            aliases: [Sergei Lavrov]
            roles:
              - title: Minister of Foreign Affairs
                organization: russia-mfa
                from: 2004-03-09
          - id: abbas-araghchi
            name: {given: Abbas, family: Araghchi}
            country: IRN
        sources:
          - id: test-source
            title: Test article
            publisher: Test Agency
            published: 2025-04-18
            url: https://example.org/article
            language: en
        cameoCodes:
          - id: '04'
            name: Consult
            plover: consult
          - id: '043'
            name: Host a visit
            plover: consult
            ploverMode: visit
          - id: '051'
            name: Praise or endorse
            plover: support
        engagements:
          - id: lavrov-araghchi-talks-2025-04-18
            date: 2025-04-18
            precision: day
            kind: meeting
            status: happened
            title: Lavrov and Araghchi hold talks
            participants:
              - person: sergey-lavrov
                part: host
              - person: abbas-araghchi
                part: visitor
            topics: [jcpoa]
            cameoCodes: ['043']
            plover: {event: consult, mode: visit, context: [diplomatic]}
            sources:
              - source: test-source
                evidence:
                  - "Lavrov met Araghchi in Moscow on Friday."

        """;

    public const string Archive = "MOSCOW, April 18 -- Lavrov met Araghchi in Moscow on Friday. They discussed the nuclear file.\n";

    public MiniDataset(string yaml = Yaml) => Files = [(DataPath, yaml), (ArchivePath, Archive)];

    public List<(string Path, string Text)> Files { get; }

    /// <summary>The dataset with <paramref name="original"/> (which must occur once) replaced in the YAML.</summary>
    public static MiniDataset With(string original, string replacement)
    {
        var count = Yaml.Split(original).Length - 1;
        count.ShouldBe(1, $"'{original}' must occur exactly once in the mini dataset");
        return new MiniDataset(Yaml.Replace(original, replacement, StringComparison.Ordinal));
    }

    public MiniDataset AndFile(string path, string text)
    {
        Files.Add((path, text));
        return this;
    }

    public MiniDataset Without(string path)
    {
        Files.RemoveAll(f => f.Path == path);
        return this;
    }

    public string Text(string path) => Files.Single(f => f.Path == path).Text;

    /// <param name="trackSteps">Whether the run records its steps (<c>TrackedSteps</c>), for a test that reads them.</param>
    public GeneratorRun Run(bool trackSteps = false) => GeneratorHarness.Run(Files, trackSteps: trackSteps);
}
