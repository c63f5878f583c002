using System;
using System.Text;
using DiplomacyData.Cli;

// UTF-8 whatever the locale says: names and quotes are in Cyrillic and Persian script as well as Latin.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, CliConsole.ForProcess());
