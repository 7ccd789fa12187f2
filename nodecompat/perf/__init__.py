"""perf_hooks' native side: event-loop idle time and memory figures."""
