-- Cadence workspace, schema 4: one spelling for every enumeration a row holds, the one every codec
-- of Cadence writes (io.github.cadence.model.Codes): lower case with hyphens, 'left-message',
-- 'strategic-partner'. Cadence reads the older spelling too; this makes the stored rows agree.
UPDATE contact SET roles = LOWER(REPLACE(roles, '_', '-')), status = LOWER(status);
UPDATE contact_handle SET kind = LOWER(kind);
UPDATE contact_occasion SET kind = LOWER(kind);
UPDATE channel SET name = LOWER(name);
UPDATE direction SET name = LOWER(name);
UPDATE outcome SET name = LOWER(REPLACE(name, '_', '-'));
UPDATE intent SET name = LOWER(name);
