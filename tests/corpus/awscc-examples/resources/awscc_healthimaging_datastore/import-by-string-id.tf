import {
  to = awscc_healthimaging_datastore.example
  id = "datastore_id"
}