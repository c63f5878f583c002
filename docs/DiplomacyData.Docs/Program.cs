using System;
using System.Globalization;
using System.IO;
using DiplomacyData.Docs;
using DiplomacyData.Generators.Diagnostics;

// Usage: DiplomacyData.Docs <repository root> <site source folder>. docs/build.sh has copied the hand-written pages into
// the site source folder as they lie in the repository; this writes the diagnostics' pages beside them and points the
// links into data/DIAGNOSTICS.md (which is not copied) at those pages.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: DiplomacyData.Docs <repository root> <site source folder>");
    return 2;
}

try
{
    var reference = DiagnosticsReference.Parse(File.ReadAllText(Path.Combine(args[0], DiagnosticPages.ReferencePath)));
    var written = DiagnosticPages.Write(DiagnosticDescriptors.All, reference, args[1]);
    var rewritten = SiteLinks.PointAtSitePages(args[1], written);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docs: {written.Count} files written in docs/diagnostics/ (a page per id, the overview, the table of contents), links into the README and {DiagnosticPages.ReferencePath} pointed at the site's pages in {rewritten} files"));
    return 0;
}
catch (DocsException failure)
{
    Console.Error.WriteLine("error: " + failure.Message);
    return 1;
}
