# What `amplify add function` generated for Python in 2020 (aws-amplify/amplify-cli#5914). Put behind
# `amplify add api` (REST), it answers every request with 502: a proxy response may only have statusCode,
# headers, multiValueHeaders, body and isBase64Encoded, and API Gateway rejects the unknown 'message' key.
def handler(event, context):
    print('received event:')
    print(event)
    return {
        'message': 'Hello from your new Amplify Python lambda!'
    }
