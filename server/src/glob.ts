// Globs for paths the user names (CLI arguments, policyCite.sources): one rule for both.
// `**` any folders, `*` and `?` within a name, `{a,b}` alternatives, `[…]` (`[!…]` negated); '/'-separated paths.

export function globToRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{' && glob.indexOf('}', i) > i) {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth) {
      depth--;
      re += ')';
    } else if (c === ',' && depth) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re +=
          '[' +
          glob
            .slice(i + 1, close)
            .replace(/^!/, '^')
            .replace(/\\/g, '\\\\') +
          ']';
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\{}\]]/g, '\\$&');
  }
  while (depth-- > 0) re += ')'; // {a,b without its } (only when a } comes later, e.g. inside […]): close it
  return new RegExp(`^${re}$`);
}
