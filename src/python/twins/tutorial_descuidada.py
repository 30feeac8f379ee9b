# Python twin of the tutorial's careless application, under the validator.
from wsgiref.validate import validator


def descuidada(environ, start_response):
    start_response('200 OK', [])
    return [b'sin tipo\n']


app = validator(descuidada)
