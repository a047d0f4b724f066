// Placeholder: HTML -> article text. Replaced by the cheerio-based extractor.
export interface HtmlText {
  text: string;
  title: string | null;
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])/i.test(text.slice(0, 2000));
}

export function htmlToText(html: string): HtmlText {
  return { text: html.replace(/<[^>]*>/g, ''), title: null };
}
