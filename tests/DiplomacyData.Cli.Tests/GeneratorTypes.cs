extern alias generators;

// The generator's types these tests use (the draft built by the real generator, the diff's changelog read by its
// reader), named once: the generator is referenced under an alias (see the project file).
global using Changelog = generators::DiplomacyData.Generators.Release.Changelog;
global using DatasetGenerator = generators::DiplomacyData.Generators.DatasetGenerator;
global using ReadStage = generators::DiplomacyData.Generators.Read.ReadStage;
