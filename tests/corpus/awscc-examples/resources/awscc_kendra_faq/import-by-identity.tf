import {
  to = awscc_kendra_faq.example
  identity = {
    id       = "id"
    index_id = "index_id"
  }
}
