# Python twin of the tutorial's careless application, under the validator (English page).
from wsgiref.validate import validator


def careless(environ, start_response):
    start_response('200 OK', [])
    return [b'no type\n']


app = validator(careless)
