import { afterEach, describe, expect, it } from 'vitest';
import { isTyping, isTypingElement, shortcutOf } from '@/lib/overlay/keys';

function key(init: KeyboardEventInit): KeyboardEvent {
  return new KeyboardEvent('keydown', { bubbles: true, composed: true, ...init });
}

describe('shortcutOf', () => {
  it.each([
    [{ key: 'N', code: 'KeyN', altKey: true, shiftKey: true }, 'next'],
    [{ key: 'P', code: 'KeyP', altKey: true, shiftKey: true }, 'previous'],
    // macOS: Alt+Shift+N types a dead key, but the physical key is still KeyN.
    [{ key: '˜', code: 'KeyN', altKey: true, shiftKey: true }, 'next'],
    [{ key: 'N', code: 'KeyN', shiftKey: true }, null],
    [{ key: 'n', code: 'KeyN', altKey: true }, null],
    [{ key: 'N', code: 'KeyN', altKey: true, shiftKey: true, ctrlKey: true }, null],
    [{ key: 'X', code: 'KeyX', altKey: true, shiftKey: true }, null],
  ] as const)('%o → %s', (init, expected) => {
    expect(shortcutOf(key(init))).toBe(expected);
  });
});

describe('typing detection', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    '<input id="t">',
    '<textarea id="t"></textarea>',
    '<select id="t"><option>a</option></select>',
    '<div contenteditable="true"><p id="t">x</p></div>',
    '<div contenteditable=""><span id="t">x</span></div>',
    '<div role="textbox" id="t">x</div>',
  ])('treats %s as typing', (html) => {
    document.body.innerHTML = html;
    const target = document.getElementById('t') as HTMLElement;
    expect(isTypingElement(target)).toBe(true);
    const event = key({ key: 'N', altKey: true, shiftKey: true });
    target.dispatchEvent(event);
    expect(isTyping(event, document)).toBe(true);
  });

  it.each([
    '<p id="t">x</p>',
    '<button id="t">x</button>',
    '<div contenteditable="false"><p id="t">x</p></div>',
  ])('does not treat %s as typing', (html) => {
    document.body.innerHTML = html;
    const target = document.getElementById('t') as HTMLElement;
    const event = key({ key: 'N', altKey: true, shiftKey: true });
    target.dispatchEvent(event);
    expect(isTyping(event, document)).toBe(false);
  });

  it('sees focus inside a shadow root text field', () => {
    document.body.innerHTML = '<div id="h"></div>';
    const shadow = (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' });
    const input = document.createElement('input');
    shadow.append(input);
    input.focus();
    const event = key({ key: 'N', altKey: true, shiftKey: true });
    document.body.dispatchEvent(event);
    expect(isTyping(event, document)).toBe(true);
  });
});
