import {
  to = awscc_apigateway_client_certificate.example
  identity = {
    client_certificate_id = "client_certificate_id"
  }
}
