import {
  to = awscc_apigateway_client_certificate.example
  id = "client_certificate_id"
}