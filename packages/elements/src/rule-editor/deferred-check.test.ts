import { expect } from '@open-wc/testing';
import { DeferredCheck } from './deferred-check.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DeferredCheck', () => {
  it('runs the work at once with now(), and says nothing is pending', () => {
    let runs = 0;
    const check = new DeferredCheck(0, () => ++runs, () => {}, 20);
    check.now();
    expect([check.result, check.pending]).to.deep.equal([1, false]);
  });

  it('keeps the last result marked as pending until calls to later() pause, then runs the work once and tells', async () => {
    let runs = 0;
    let told = 0;
    const check = new DeferredCheck(0, () => ++runs, () => told++, 30);
    check.later();
    await wait(10);
    check.later();
    expect([check.result, check.pending]).to.deep.equal([0, true]);
    await wait(60);
    expect([check.result, check.pending, runs, told]).to.deep.equal([1, false, 1, 1]);
  });

  it('drops a waiting run when now() comes first', async () => {
    let runs = 0;
    let told = 0;
    const check = new DeferredCheck(0, () => ++runs, () => told++, 20);
    check.later();
    check.now();
    await wait(40);
    expect([check.result, runs, told]).to.deep.equal([1, 1, 0]);
  });
});
