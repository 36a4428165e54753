import { describe, expect, it } from 'vitest';
import { diffSchemas } from './schema-engine';

const ONE_MODEL_SCHEMA = `datasource db {
  provider = "postgresql"
}

model Thing {
  id   Int    @id
  name String
}
`;

describe('diffSchemas', () => {
  it('creates the tables of a schema diffed from nothing', async () => {
    const sql = await diffSchemas(null, ONE_MODEL_SCHEMA);
    expect(sql).toContain('CREATE TABLE "Thing"');
    // Diffing from a model-less datamodel, not from "empty", avoids this line.
    expect(sql).not.toContain('CREATE SCHEMA');
  });

  it('returns an empty string when nothing changed', async () => {
    expect(await diffSchemas(ONE_MODEL_SCHEMA, ONE_MODEL_SCHEMA)).toBe('');
  });

  it('rejects an invalid schema with the validation message', async () => {
    await expect(diffSchemas(null, `${ONE_MODEL_SCHEMA}\nnot prisma\n`)).rejects.toThrow(/Error validating/);
  });
});
