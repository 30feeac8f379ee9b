import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import CodeBlock from '@theme/CodeBlock';
import MiniExchange from '@site/src/components/MiniExchange';
import { HELLO_APP_SOURCE } from '@site/src/components/MiniExchange/helloApp';
import styles from './index.module.css';

// The teachers' course plan (docs/docentes/; the section itself is a
// generated index at /docs/category/para-docentes).
const TEACHING_START = '/docs/docentes/para-docentes';

interface Way {
  to: string;
  title: ReactNode;
  text: ReactNode;
}

const ways: Way[] = [
  {
    to: '/docs/tutorial/primera-aplicacion',
    title: <Translate id="home.way.learn.title">Aprender</Translate>,
    text: (
      <Translate id="home.way.learn.text">
        El tutorial: tu primera aplicación WSGI, ejecutada aquí mismo, y qué es WSGI.
      </Translate>
    ),
  },
  {
    to: '/docs/api/',
    title: <Translate id="home.way.lookup.title">Consultar</Translate>,
    text: (
      <Translate id="home.way.lookup.text">
        La referencia: cada clase y función, con su equivalente en el wsgiref de Python.
      </Translate>
    ),
  },
  {
    to: TEACHING_START,
    title: <Translate id="home.way.teach.title">Enseñar un curso</Translate>,
    text: (
      <Translate id="home.way.teach.text">
        El sitio funciona sin red, desde el disco: ejemplos para el aula y ejercicios que se comprueban solos.
      </Translate>
    ),
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'home.meta.title', message: 'Inicio' })}
      description={translate({
        id: 'home.meta.description',
        message: 'El módulo wsgiref de Python y PEP 3333, portados a TypeScript y con ejemplos que se ejecutan en el navegador.',
      })}>
      <main className={styles.home}>
        <div className={styles.intro}>
          <Heading as="h1" className={styles.title}>
            wsgiref-ts
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.lead">
              Aprende WSGI, la interfaz entre servidores web y aplicaciones de Python, con un port
              fiel del módulo wsgiref a TypeScript: mismas clases, mismos bytes en la red, y ejemplos
              que editas y ejecutas en esta misma página.
            </Translate>
          </p>
          <nav aria-label={translate({ id: 'home.ways.label', message: 'Por dónde empezar' })}>
            <ul className={styles.ways}>
              {ways.map((way) => (
                <li key={way.to}>
                  <Link to={way.to} className={styles.way}>
                    <span className={styles.wayTitle}>{way.title}</span>
                    <span className={styles.wayText}>{way.text}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <section className={styles.demo} aria-labelledby="home-demo">
          <Heading as="h2" id="home-demo" className={styles.demoTitle}>
            <Translate id="home.demo.title">Pruébalo: una petición entra, los bytes de wsgiref salen</Translate>
          </Heading>
          <details className={styles.app}>
            <summary>
              <Translate id="home.demo.app">La aplicación que responde</Translate>
            </summary>
            <CodeBlock language="ts">{HELLO_APP_SOURCE}</CodeBlock>
          </details>
          <MiniExchange
            labels={{
              request: translate({ id: 'home.demo.request', message: 'Petición HTTP (edítala: prueba otro ?nombre=)' }),
              response: translate({ id: 'home.demo.response', message: 'Respuesta, byte a byte (\\r\\n incluidos)' }),
              pending: translate({ id: 'home.demo.pending', message: 'La respuesta se calcula en tu navegador al cargar la página…' }),
            }}
          />
        </section>
      </main>
    </Layout>
  );
}
