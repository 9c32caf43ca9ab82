export { SalesLineBenchmark } from '../benchmark/benchmark.ts';
