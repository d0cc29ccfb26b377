/**
 * MIME containers: web pages saved as one file (.mhtml/.mht, "Save as single file" in Chrome and Edge)
 * and emails (.eml: press releases and statements arrive this way). postal-mime takes the MIME
 * structure, transfer encodings and charsets apart; the HTML body then goes through the web page
 * extraction, and an email without HTML is read as its plain text.
 */
import PostalMime from 'postal-mime';
import { looksBinary, repairC1 } from '../decode';
import { extractHtml } from './html';
import { collapseSpace } from './paragraphs';
import { refuse, type Extraction, type Loader } from './types';

/** Deeper multipart nesting than this is not a saved page or a real email. */
const MAX_NESTING = 32;

type Email = Awaited<ReturnType<typeof PostalMime.parse>>;

async function parse(bytes: Uint8Array): Promise<Email | null> {
  if (bytes.length === 0 || looksBinary(bytes)) return null;
  try {
    const email = await PostalMime.parse(bytes, { maxNestingDepth: MAX_NESTING, attachmentEncoding: 'arraybuffer' });
    // postal-mime decodes declared charsets with TextDecoder, which reads windows-1252 as Latin-1.
    return { ...email, html: email.html && repairC1(email.html), text: email.text && repairC1(email.text) };
  } catch {
    return null;
  }
}

export const mhtmlFormat: Loader = {
  format: 'mhtml',
  extensions: ['.mhtml', '.mht'],
  async load(bytes) {
    const page = await parse(bytes);
    if (!page) return refuse('This saved web page is damaged and could not be read.');
    if (!page.html) return refuse('This saved web page has no readable text.');
    return extractHtml(page.html, 'mhtml', 'mhtml');
  },
};

/** The subject leads the text, as a headline leads a story; sender and date are kept as byline and date. */
function fromEmail(email: Email): Extraction {
  const subject = collapseSpace(email.subject ?? '');
  const sender = email.from && 'name' in email.from ? collapseSpace(email.from.name || email.from.address || '') : '';
  const meta = { ...(sender ? { byline: sender } : {}), ...(email.date ? { published: email.date } : {}) };
  if (email.html) {
    const page = extractHtml(email.html, 'email', 'email');
    if (!page.ok) return page;
    return { ...page, ...meta, ...(subject ? { title: subject } : {}) };
  }
  const body = (email.text ?? '').replace(/\r\n?/g, '\n').trim();
  if (body === '') return refuse('This email has no text.');
  const text = subject && !body.startsWith(subject) ? `${subject}\n\n${body}` : body;
  return { ok: true, text, encoding: 'email', format: 'email', ...meta, ...(subject ? { title: subject } : {}) };
}

export const emlFormat: Loader = {
  format: 'email',
  extensions: ['.eml'],
  async load(bytes) {
    const email = await parse(bytes);
    if (!email) return refuse('This email file is damaged and could not be read.');
    return fromEmail(email);
  },
};
