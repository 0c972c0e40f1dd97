import {
  to = awscc_iam_server_certificate.example
  identity = {
    server_certificate_name = "server_certificate_name"
  }
}
