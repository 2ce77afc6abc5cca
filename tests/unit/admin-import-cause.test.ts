/** A failed bulk import is reported by its cause, not by the Java stack around it (neo4j-admin's --verbose output, as captured at 100k). */
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../runtime/neo4j/admin-import.js';

const FAILED_AT_100K = `IMPORT FAILED in 1s 324ms.
org.neo4j.cli.CommandFailedException: Error importing csv file.
\tat org.neo4j.importer.ImportCommand$Base.doExecute(ImportCommand.java:560)
Caused by: org.neo4j.importer.FileImporter$CsvImportException: java.lang.IllegalStateException: Weird input data, found CR outside a text cell at position 4194036 of buffer of length 4194304, not supported a.t.m.
\tat org.neo4j.importer.FileImporter.andPrintError(FileImporter.java:306)
Caused by: java.lang.IllegalStateException: Weird input data, found CR outside a text cell at position 4194036 of buffer of length 4194304, not supported a.t.m.
\tat org.neo4j.csv.reader.MultiLineChunker.error(MultiLineChunker.java:192)
`;

describe('the cause of a failed bulk import', () => {
  it('is the innermost "Caused by", without its exception class', () => {
    expect(causeOf(FAILED_AT_100K)).toBe(
      'Weird input data, found CR outside a text cell at position 4194036 of buffer of length 4194304, not supported a.t.m.',
    );
  });

  it("is the output's last lines when nothing says what caused it", () => {
    expect(causeOf("Importing…\nThe database is in use. Stop database 'neo4j' and try again.\n")).toBe(
      "Importing… The database is in use. Stop database 'neo4j' and try again.",
    );
  });
});
