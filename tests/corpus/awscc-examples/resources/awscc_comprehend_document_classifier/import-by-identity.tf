import {
  to = awscc_comprehend_document_classifier.example
  identity = {
    arn = "arn"
  }
}
