-- 照片: the worker's photo, for the file and (later) the service certificate a family scans. A face is
-- sensitive personal information, so it is kept SM4-sealed like the ID number, bound to the worker.
-- One current photo per worker: a new upload replaces it (the photo identifies; it is not a credit fact
-- whose history must be kept), and the replacement is audited.
CREATE TABLE archive.worker_photo (
    worker_id      BIGINT PRIMARY KEY REFERENCES archive.worker (id),
    content_type   TEXT NOT NULL CHECK (content_type IN ('image/jpeg','image/png')),
    size_bytes     INT NOT NULL CHECK (size_bytes > 0),
    content_digest CHAR(64) NOT NULL,
    content_sealed BYTEA NOT NULL,
    uploaded_by    TEXT NOT NULL,
    uploaded_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
