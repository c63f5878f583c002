using System;
using System.Collections.Generic;
using System.IO;

namespace DiplomacyData.Cli.Output;

/// <summary>
/// How <c>export</c> and <c>report</c> write a folder of files without ever leaving half of them: everything is
/// written into a fresh hidden folder beside the target (<c>.diplomacy-partial-…</c>, in the same parent, so that
/// moving it in is a rename on the same file system) and moved into place only once every file is written.
/// </summary>
/// <remarks>
/// "Into place": when the target does not exist, the written folder becomes it, in one rename. When it exists, each
/// entry written at its top (a file such as <c>index.html</c>, or a folder such as <c>people/</c> or <c>jsonl/</c>)
/// replaces the entry of the same name as a whole, so that no file of an earlier run is left inside it; the target's
/// other entries (a previous export's other formats, the user's own files) are left as they are. Entries being
/// replaced are first moved aside into <c>.diplomacy-previous-…</c>, and moved back if a move fails. On any failure
/// the target is as it was, and both hidden folders are removed.
/// </remarks>
internal static class StagedFolder
{
    /// <summary>Runs <paramref name="write"/> on a fresh folder beside <paramref name="target"/>, then moves what it wrote into <paramref name="target"/>.</summary>
    public static T Write<T>(string target, Func<string, T> write)
    {
        target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"'{target}' is the root of a file system; give a folder inside it.");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, ".diplomacy-partial-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(staging);
        try
        {
            var result = write(staging);
            MoveIntoPlace(staging, target, parent);
            return result;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException && failure.Message.Contains(staging, StringComparison.Ordinal))
        {
            // The file that failed, named where the user will look for it: in the output, not in the hidden folder.
            throw new IOException(failure.Message.Replace(staging, target, StringComparison.Ordinal), failure);
        }
        finally
        {
            DeleteIfPresent(staging);
        }
    }

    private static void MoveIntoPlace(string staging, string target, string parent)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var previous = Path.Combine(parent, ".diplomacy-previous-" + Guid.NewGuid().ToString("N")[..12]);
        var movedAside = new List<string>();
        var movedIn = new List<string>();
        try
        {
            Directory.CreateDirectory(previous);
            foreach (var entry in Directory.EnumerateFileSystemEntries(staging))
            {
                var name = Path.GetFileName(entry);
                var existing = Path.Combine(target, name);
                if (Exists(existing))
                {
                    Move(existing, Path.Combine(previous, name));
                    movedAside.Add(name);
                }

                Move(entry, existing);
                movedIn.Add(name);
            }
        }
        catch
        {
            // Back as it was: what came in goes back to be deleted with the staging folder, what went aside returns.
            foreach (var name in movedIn)
            {
                Move(Path.Combine(target, name), Path.Combine(staging, name));
            }

            foreach (var name in movedAside)
            {
                Move(Path.Combine(previous, name), Path.Combine(target, name));
            }

            throw;
        }
        finally
        {
            DeleteIfPresent(previous);
        }
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }

    /// <summary>Removes a hidden working folder; a failure to remove it must not hide the failure that left it, so it is not thrown.</summary>
    private static void DeleteIfPresent(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // Left behind only when the file system refuses to delete what this run created; its name says what it is.
        }
    }
}
