/**
 * The Python twins of the guides' examples: `<HttpExchange twin="name">` compares
 * the port's answer with this source's `app` served by CPython's wsgiref.
 * One file per example, named after its page (English pages have their own
 * twins where the example's text is translated).
 */
import como_archivos from './como_archivos.py';
import como_debug_noted from './como_debug_noted.py';
import como_debug_path from './como_debug_path.py';
import como_depurar_anotada from './como_depurar_anotada.py';
import como_depurar_eco from './como_depurar_eco.py';
import como_depurar_ruta from './como_depurar_ruta.py';
import como_errores_500 from './como_errores_500.py';
import como_errors_500 from './como_errors_500.py';
import como_files from './como_files.py';
import como_middleware_clave from './como_middleware_clave.py';
import como_middleware_cronometro from './como_middleware_cronometro.py';
import como_middleware_mayusculas from './como_middleware_mayusculas.py';
import como_middleware_password from './como_middleware_password.py';
import como_middleware_timer from './como_middleware_timer.py';
import como_middleware_uppercase from './como_middleware_uppercase.py';
import como_servers_echo from './como_servers_echo.py';
import como_servidores_eco from './como_servidores_eco.py';
import handlers_connection_close from './handlers_connection_close.py';
import headers_list from './headers_list.py';
import headers_lista from './headers_lista.py';
import http_chunked from './http_chunked.py';
import http_de_mas from './http_de_mas.py';
import http_de_menos from './http_de_menos.py';
import http_dos_bloques from './http_dos_bloques.py';
import http_expect from './http_expect.py';
import http_expect_en from './http_expect_en.py';
import http_one_block from './http_one_block.py';
import http_too_little from './http_too_little.py';
import http_too_much from './http_too_much.py';
import http_two_blocks from './http_two_blocks.py';
import http_un_bloque from './http_un_bloque.py';
import http_vacio from './http_vacio.py';
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
  como_archivos,
  como_debug_noted,
  como_debug_path,
  como_depurar_anotada,
  como_depurar_eco,
  como_depurar_ruta,
  como_errores_500,
  como_errors_500,
  como_files,
  como_middleware_clave,
  como_middleware_cronometro,
  como_middleware_mayusculas,
  como_middleware_password,
  como_middleware_timer,
  como_middleware_uppercase,
  como_servers_echo,
  como_servidores_eco,
  handlers_connection_close,
  headers_list,
  headers_lista,
  http_chunked,
  http_de_mas,
  http_de_menos,
  http_dos_bloques,
  http_expect,
  http_expect_en,
  http_one_block,
  http_too_little,
  http_too_much,
  http_two_blocks,
  http_un_bloque,
  http_vacio,
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
