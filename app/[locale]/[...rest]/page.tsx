// Any address under a language that no page answers: the localised not-found page (../not-found.tsx)
// with the site's header and navigation, instead of Next's bare English 404.
import { notFound } from 'next/navigation';

export default function UnknownAddress(): never {
  notFound();
}
