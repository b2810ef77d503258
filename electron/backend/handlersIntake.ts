import type { Handlers } from './handlers';
import type { Services } from './services';
import { createIntakeService } from './intake/intakeService';

type IntakeHandlers = Pick<Handlers, 'intake.read' | 'intake.register'>;

/** Reading a received file and registering it with the file attached (issue 10). */
export function createIntakeHandlers(s: Services): IntakeHandlers {
  const intake = createIntakeService(s);
  return {
    'intake.read': ({ fileName, contentBase64 }) => intake.read(fileName, Buffer.from(contentBase64, 'base64')),
    'intake.register': ({ fileName, contentBase64, entry }) => intake.register(fileName, Buffer.from(contentBase64, 'base64'), entry),
  };
}
