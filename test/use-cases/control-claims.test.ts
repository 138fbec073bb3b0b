// Which control claims contradict each other: by side, by what the verb says, within a window, never within one article.
import { expect } from 'chai';
import type { ClaimRow } from '../../server/graph/read-place-claims';
import { contradicts, sideOf, toControlClaims } from '../../server/use-cases/control-claims';

function claim(id: string, verb: string, actor: string, reportDate: string, article = id, date: string | null = null): ClaimRow {
  return {
    event: { id, verb, actor, target: 'Kherson', date, modality: 'asserted' },
    place: 'Kherson',
    article: { id: article, title: null, outlet: `Outlet ${article}`, date: reportDate },
    claimants: [],
  };
}

describe('control claims', () => {
  it('When actors are named differently but stand for one side, then they count as that side', () => {
    expect(sideOf('Russian troops')).to.equal('Russia');
    expect(sideOf('Moscow')).to.equal('Russia');
    expect(sideOf('Ukrainian forces')).to.equal('Ukraine');
    expect(sideOf('  NATO ')).to.equal('NATO');
  });

  it('When one side is said to hold a place and to have left it, or two sides to hold it, then the claims contradict', () => {
    expect(contradicts({ actor: 'Russia', holds: true }, { actor: 'Russian forces', holds: false })).to.equal(true);
    expect(contradicts({ actor: 'Russia', holds: true }, { actor: 'Ukraine', holds: true })).to.equal(true);
    expect(contradicts({ actor: 'Russia', holds: false }, { actor: 'Ukraine', holds: true })).to.equal(false);
    expect(contradicts({ actor: 'Russia', holds: true }, { actor: 'Russia', holds: true })).to.equal(false);
  });

  it('When two outlets disagree within 30 days, then each claim names the other', () => {
    const claims = toControlClaims([
      claim('a', 'captured', 'Russia', '2022-11-01'),
      claim('b', 'withdrew_from', 'Russian troops', '2022-11-10'),
      claim('c', 'withdrew_from', 'Russia', '2023-03-01'),
    ]);
    expect(claims.map((c) => [c.event.id, c.disagreesWith])).to.deep.equal([['a', ['b']], ['b', ['a']], ['c', []]]);
    expect(claims[0].control).to.deep.equal({ actor: 'Russia', holds: true });
    expect(claims[1].event.label).to.equal('Russian troops withdrew from Kherson');
  });

  it('When one article says a city was captured and later left, then it tells a sequence, not a contradiction', () => {
    const claims = toControlClaims([
      claim('a', 'captured', 'Russia', '2022-11-09', 'same'),
      claim('b', 'withdrew_from', 'Russia', '2022-11-09', 'same'),
    ]);
    expect(claims.every((c) => c.disagreesWith.length === 0)).to.equal(true);
  });

  it('When the text dates the event, then that date counts rather than the report date', () => {
    const claims = toControlClaims([
      claim('a', 'captured', 'Russia', '2022-11-09', 'x', '2022-03-02'),
      claim('b', 'withdrew_from', 'Russia', '2022-11-11', 'y'),
    ]);
    expect(claims[0].disagreesWith).to.deep.equal([]);
  });
});
