import {
  to = awscc_comprehend_document_classifier.example
  id = "arn"
}