import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

interface Start {
  to: string;
  title: ReactNode;
  text: ReactNode;
}

const starts: Start[] = [
  {
    to: '/docs/tutorial/primera-aplicacion',
    title: <Translate id="home.start.tutorial.title">Tutorial</Translate>,
    text: (
      <Translate id="home.start.tutorial.text">
        Escribe tu primera aplicación WSGI y ejecútala aquí mismo, en el navegador.
      </Translate>
    ),
  },
  {
    to: '/docs/explicacion/que-es-wsgi',
    title: <Translate id="home.start.wsgi.title">¿Qué es WSGI?</Translate>,
    text: (
      <Translate id="home.start.wsgi.text">
        El contrato entre servidores y aplicaciones web de Python (PEP 3333), explicado.
      </Translate>
    ),
  },
  {
    to: '/docs/api/',
    title: <Translate id="home.start.reference.title">Referencia</Translate>,
    text: (
      <Translate id="home.start.reference.text">
        Cada clase y función, con su equivalente en el wsgiref de Python.
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
      })}
    >
      <main className={styles.hero}>
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
        <div className={styles.starts}>
          {starts.map((start) => (
            <Link key={start.to} to={start.to} className={styles.card}>
              <Heading as="h2">{start.title}</Heading>
              <p>{start.text}</p>
            </Link>
          ))}
        </div>
      </main>
    </Layout>
  );
}
