import { Text } from '@mantine/core';
import { Fragment } from 'react';

/** An address may break after its @, dots and hyphens, not in the middle of a word. */
const breakable = (email: string) =>
  email.split(/(?<=[@.-])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));

/** A person in a table: the name, the e-mail address under it. */
export function PersonCell({ name, email }: { name: string; email: string }) {
  return (
    <>
      <Text size="sm" fw={500}>
        {name}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'break-word' }}>
        {breakable(email)}
      </Text>
    </>
  );
}
