import {
  to = awscc_healthimaging_datastore.example
  identity = {
    datastore_id = "datastore_id"
  }
}
