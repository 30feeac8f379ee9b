/**
 * The Python twins of the guides' examples: `<HttpExchange twin="name">` compares
 * the port's answer with this source's `app` served by CPython's wsgiref.
 * One file per example, named after its page (English pages have their own
 * twins where the example's text is translated).
 */
import handlers_connection_close from './handlers_connection_close.py';
import headers_list from './headers_list.py';
import headers_lista from './headers_lista.py';
import intro_path from './intro_path.py';
import intro_ruta from './intro_ruta.py';
import simple_server_form from './simple_server_form.py';
import simple_server_formulario from './simple_server_formulario.py';
import simple_server_greeting from './simple_server_greeting.py';
import simple_server_never_runs from './simple_server_never_runs.py';
import simple_server_no_llega from './simple_server_no_llega.py';
import simple_server_partes from './simple_server_partes.py';
import simple_server_parts from './simple_server_parts.py';
import simple_server_saludo from './simple_server_saludo.py';
import tutorial_careless from './tutorial_careless.py';
import tutorial_descuidada from './tutorial_descuidada.py';
import tutorial_enrutador from './tutorial_enrutador.py';
import tutorial_greeting from './tutorial_greeting.py';
import tutorial_hello from './tutorial_hello.py';
import tutorial_hola from './tutorial_hola.py';
import tutorial_router from './tutorial_router.py';
import tutorial_saludo from './tutorial_saludo.py';
import validate_str from './validate_str.py';

export const TWINS: Record<string, string> = {
  handlers_connection_close,
  headers_list,
  headers_lista,
  intro_path,
  intro_ruta,
  simple_server_form,
  simple_server_formulario,
  simple_server_greeting,
  simple_server_never_runs,
  simple_server_no_llega,
  simple_server_partes,
  simple_server_parts,
  simple_server_saludo,
  tutorial_careless,
  tutorial_descuidada,
  tutorial_enrutador,
  tutorial_greeting,
  tutorial_hello,
  tutorial_hola,
  tutorial_router,
  tutorial_saludo,
  validate_str,
};
