using System;

namespace DiplomacyData.Docs;

/// <summary>What stops the docs from being built, in words for whoever runs docs/build.sh (no stack trace).</summary>
internal sealed class DocsException(string message) : Exception(message);
