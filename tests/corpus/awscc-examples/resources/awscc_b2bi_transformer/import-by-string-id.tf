import {
  to = awscc_b2bi_transformer.example
  id = "transformer_id"
}