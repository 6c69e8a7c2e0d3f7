import { useMemo, useState } from 'react';
import { useSubscription } from '@apollo/client/react';
import { PlanEventsSubscription } from '@/features/reviews/graphql/PlanEvents.subscription';
import { coalesce } from '@/features/reviews/utils/coalesce';

export interface LiveChange {
  actorName: string | null;
  at: string;
}

/**
 * Keeps a review's page up to date while it is open: each change to the plan (an event names what
 * changed, not its content) fetches the page again, with the viewer's own permissions. Changes
 * to other reviews of the plan are left out; changes to actions are not, as they alter the picture.
 * A burst of events (a bulk update sends one per action) fetches at most twice.
 */
export function useLiveRefetch({
  planId,
  cycleId,
  refetch,
}: {
  planId: string;
  cycleId: string;
  refetch: () => Promise<unknown>;
}) {
  const [lastChange, setLastChange] = useState<LiveChange | null>(null);
  const [connected, setConnected] = useState<boolean | null>(null);
  const refresh = useMemo(() => coalesce(refetch), [refetch]);
  useSubscription(PlanEventsSubscription, {
    variables: { planId },
    onData: async ({ data }) => {
      const event = data.data?.planEvents;
      if (!event || (event.cycleId && event.cycleId !== cycleId)) return;
      setConnected(true);
      await refresh();
      setLastChange({ actorName: event.actorName, at: event.at });
    },
    onError: () => setConnected(false),
  });
  return { lastChange, connected };
}
