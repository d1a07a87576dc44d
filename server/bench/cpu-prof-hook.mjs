// Loaded into the server with NODE_OPTIONS=--import (which, unlike --cpu-prof, NODE_OPTIONS
// allows): profiles from start-up to exit and writes a .cpuprofile into TORRE_CPU_PROF_DIR.
import fs from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import process from 'node:process';

const dir = process.env.TORRE_CPU_PROF_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  process.on('exit', () => {
    // A same-thread session answers synchronously, so the profile is written before exit.
    session.post('Profiler.stop', (err, res) => {
      if (!err) fs.writeFileSync(path.join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(res.profile));
    });
  });
}
