import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export async function registerDocs(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'lifecert API',
        description:
          'Pension entitlement certification. Errors share one model: {"error":{"code","message","messages":{"zh-CN","en"},"details"}}.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'http', scheme: 'bearer' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // The UI's own inline scripts need a looser policy than the rest of the app.
    staticCSP: true,
    transformStaticCSP: (header) => header,
  });
}
