try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code, e.name, e.message); }
