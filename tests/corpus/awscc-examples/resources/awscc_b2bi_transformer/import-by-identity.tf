import {
  to = awscc_b2bi_transformer.example
  identity = {
    transformer_id = "transformer_id"
  }
}
