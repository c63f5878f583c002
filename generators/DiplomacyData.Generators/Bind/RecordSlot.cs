namespace DiplomacyData.Generators.Bind;

/// <summary>
/// A record named by its file and its index among the file's bound records (<see cref="BoundFile.Entities"/>), not by
/// its position: what the facts that reach the whole-dataset steps identify a record by, since an edit that makes an
/// earlier value longer moves every later record's position but no record's index.
/// </summary>
internal readonly record struct RecordSlot(string Path, int Index);
