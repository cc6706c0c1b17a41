// The data worker: owns IndexedDB, the query engine and every write. Entry only; the work is in src/lib/engine.
import * as Comlink from 'comlink';
import { DataService } from '../src/lib/engine/data-service.ts';

Comlink.expose(new DataService());
