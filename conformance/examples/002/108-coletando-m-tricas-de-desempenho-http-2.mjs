import { PerformanceObserver } from 'node:perf_hooks'

const obs = new PerformanceObserver(items => {
  const entry = items.getEntries()[0]
  console.log(entry.entryType) // imprime 'http2'
  if (entry.name === 'Http2Session') {
    // Entrada contém estatísticas sobre a Http2Session
  } else if (entry.name === 'Http2Stream') {
    // Entrada contém estatísticas sobre a Http2Stream
  }
})
obs.observe({ entryTypes: ['http2'] })
