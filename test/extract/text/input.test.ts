// Unit tests of the input check: empty, binary, HTML and non-English text.
import { expect } from 'chai';
import { inspectInput } from '../../../server/extract/text/input';

describe('inspectInput', () => {
  it('When the text is empty or blank, then a warning says there is nothing to extract', () => {
    expect(inspectInput('  \n').messages.map((m) => m.ruleId)).to.deep.equal(['input/empty']);
  });

  it('When the text holds NUL and control characters, then they become spaces and the length is kept', () => {
    const { text, messages } = inspectInput('Kyiv\u0000said\u0007so.');
    expect(text).to.equal('Kyiv said so.');
    expect(messages[0].ruleId).to.equal('input/control-characters');
  });

  it('When the text is HTML, then tags and entities are masked in place so that offsets keep their meaning', () => {
    const html = '<p>The <b>Kremlin</b> said &ldquo;no&rdquo;.</p><script>var a = 1;</script>';
    const { text, messages } = inspectInput(html);
    expect(text).to.have.length(html.length);
    expect(text.slice(html.indexOf('Kremlin'), html.indexOf('Kremlin') + 7)).to.equal('Kremlin');
    expect(text).to.not.contain('<').and.not.contain('var a');
    expect(text).to.contain('“');
    expect(messages.map((m) => m.ruleId)).to.include('input/html');
  });

  it('When the text is not English, then a warning says so', () => {
    const russian = 'Президент заявил, что войска не отступят и что переговоры продолжатся на следующей неделе в столице.';
    expect(inspectInput(russian).messages.map((m) => m.ruleId)).to.include('input/not-english');
  });

  it('When the text is plain English, then it passes unchanged without messages', () => {
    const english = 'The president said that the troops would not retreat and that the talks would go on in the capital.';
    expect(inspectInput(english)).to.deep.equal({ text: english, messages: [] });
  });

  it('When a script or comment is never closed, then only its opening tag is masked and the text after it is kept', () => {
    const html = '<p>Intro</p><script src="a.js"> Kyiv said no. <!-- Moscow said yes.';
    const { text } = inspectInput(html);
    expect(text).to.have.length(html.length);
    expect(text).to.contain('Kyiv said no.').and.contain('Moscow said yes.').and.not.contain('<script');
  });
});
