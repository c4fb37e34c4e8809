// A small line diff (longest common subsequence) for showing how two printed schemas differ.

/** Returns the differing lines as "- expected" / "+ actual" with a line of context around each run. */
export function lineDiff(expectedText, actualText, context = 1) {
  const a = expectedText.split('\n');
  const b = actualText.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i], line: i + 1 });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      ops.push({ kind: '+', text: b[j], line: i + 1 });
      j++;
    } else {
      ops.push({ kind: '-', text: a[i], line: i + 1 });
      i++;
    }
  }
  const keep = ops.map((op, k) =>
    ops.slice(Math.max(0, k - context), k + context + 1).some((near) => near.kind !== ' '));
  const lines = [];
  let skipped = false;
  ops.forEach((op, k) => {
    if (!keep[k]) {
      skipped = true;
      return;
    }
    if (skipped) lines.push(`@@ line ${op.line} @@`);
    skipped = false;
    lines.push(`${op.kind} ${op.text}`);
  });
  return lines.join('\n');
}
