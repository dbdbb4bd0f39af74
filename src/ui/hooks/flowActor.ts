import { createActorContext } from '@xstate/react';
import { flow } from '../../engine/shippedFlow.ts';
import { buildMachine } from '../../engine/buildMachine.ts';

export const flowMachine = buildMachine(flow);

/** The running check: screens read answers and the current step from it, and send it events. */
export const FlowActor = createActorContext(flowMachine);
