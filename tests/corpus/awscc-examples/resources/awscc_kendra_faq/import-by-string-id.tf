import {
  to = awscc_kendra_faq.example
  id = "id|index_id"
}