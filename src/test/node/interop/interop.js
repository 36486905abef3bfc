// A client that is not Java reads and writes Wirewatch's topics through the registry:
// kafkajs and @kafkajs/confluent-schema-registry, as a data engineer would use them.
// Input (environment): BOOTSTRAP, REGISTRY, CONTRACT (the published RawArticle.avsc), RUN (a unique tag).
// Output: one JSON object on stdout with what it found; the Java test judges it. Exit 1 on any error.
'use strict';
const fs = require('fs');
const { Kafka, logLevel } = require('kafkajs');
const { SchemaRegistry, SchemaType } = require('@kafkajs/confluent-schema-registry');

const OUTPUTS = ['news.article.analyzed.v1', 'news.contact.event.v1', 'news.statement.v1', 'news.alert.v1'];
const RAW = 'news.article.raw.v1';
const { BOOTSTRAP, REGISTRY, CONTRACT, RUN } = process.env;
const TIMEOUT_MS = Number(process.env.TIMEOUT_MS || 120000);

async function latest(registry, subject) {
  const response = await registry.api.Subject.latestVersion({ subject });
  const { id, version } = response.data();
  return { id, version };
}

async function registerTheContract(registry) {
  const subject = `${RAW}-value`;
  const before = await latest(registry, subject);
  const schema = fs.readFileSync(CONTRACT, 'utf8');
  const lookedUp = await registry.getRegistryIdBySchema(subject, { type: SchemaType.AVRO, schema });
  const { id } = await registry.register({ type: SchemaType.AVRO, schema }, { subject });
  const after = await latest(registry, subject);
  return { subject, before, lookedUp, registered: id, after };
}

async function produceAnArticle(kafka, registry, schemaId) {
  const id = `kafkajs-${RUN}`;
  const article = {
    id, source: 'KAFKAJS', url: null, language: 'en', published: null, received: Date.now(),
    headline: `Vieira and Jaishankar held talks ${RUN}`,
    dateline: null,
    // A pair no other test uses: the integration tests share one cluster, and the dashboard's test
    // reads the FRA|RUS history the seed writes.
    body: 'NEW DELHI, Feb 10 - Brazilian Foreign Minister Mauro Vieira and Indian External Affairs '
      + 'Minister Subrahmanyam Jaishankar held talks in New Delhi on Tuesday, the Indian foreign ministry said.',
    format: 'UNKNOWN', feed: null, publishedOffset: null,
  };
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  await producer.send({ topic: RAW, acks: -1, messages: [{ key: id, value: await registry.encode(schemaId, article) }] });
  await producer.disconnect();
  return article;
}

// Reads every record of the output topics from the beginning (read_committed, kafkajs' default),
// decoding each through the registry, until each topic has one and the article produced above is analysed.
async function readOutputs(kafka, registry, article) {
  const decoded = Object.fromEntries(OUTPUTS.map(t => [t, 0]));
  const failures = [];
  let analyzed = null;
  const consumer = kafka.consumer({ groupId: `interop-${RUN}` });
  await consumer.connect();
  for (const topic of OUTPUTS) {
    await consumer.subscribe({ topic, fromBeginning: true });
  }
  const done = () => analyzed && OUTPUTS.every(t => decoded[t] > 0);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, TIMEOUT_MS);
    consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        try {
          const value = await registry.decode(message.value);
          decoded[topic] += 1;
          if (topic === OUTPUTS[0] && message.key && message.key.toString() === article.id) {
            analyzed = { language: value.language, text: value.text, entities: (value.entities || []).map(e => e.id || e.name) };
          }
        } catch (e) {
          failures.push({ topic, partition, offset: message.offset, error: String(e && e.message || e) });
        }
        if (done()) {
          clearTimeout(timer);
          resolve();
        }
      },
    }).catch(reject);
  });
  await consumer.disconnect();
  return { decoded, failures, analyzed };
}

async function main() {
  const kafka = new Kafka({ clientId: 'wirewatch-interop', brokers: BOOTSTRAP.split(','), logLevel: logLevel.WARN });
  const registry = new SchemaRegistry({ host: REGISTRY });
  const contract = await registerTheContract(registry);
  const article = await produceAnArticle(kafka, registry, contract.registered);
  const outputs = await readOutputs(kafka, registry, article);
  process.stdout.write(JSON.stringify({ contract, produced: article.id, ...outputs }) + '\n');
}

main().then(() => process.exit(0), error => {
  process.stderr.write(`interop failed: ${error && error.stack || error}\n`);
  process.exit(1);
});
