// The import worker: reads files and writes them as one import batch. Entry only; the work is in src/lib/import-pipeline.
import * as Comlink from 'comlink';
import { ImportService } from '../src/lib/import-pipeline/import-service.ts';
import { broadcastFeed } from '../src/lib/import-pipeline/import-feed.ts';
import { openKedangDb } from '../src/lib/db/schema.ts';

Comlink.expose(new ImportService({ openDb: (name) => openKedangDb(name), publish: broadcastFeed }));
