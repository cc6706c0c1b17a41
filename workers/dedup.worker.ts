// The dedup worker: finds and merges duplicate rows. Entry only; the work is in src/lib/dedup-service.
import * as Comlink from 'comlink';
import { DedupService } from '../src/lib/dedup-service/dedup-service.ts';

Comlink.expose(new DedupService());
