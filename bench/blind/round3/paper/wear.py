"""What happens to a page between the sender's desk and our folder: fax
transmission, flatbed scanning, a phone photo, photocopying; and the file
formats they end in."""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import penstamp as ps
import sheet

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def to_pil(a: np.ndarray) -> Image.Image:
    return Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8))


def luminance(a: np.ndarray) -> np.ndarray:
    return a[..., 0] * 0.299 + a[..., 1] * 0.587 + a[..., 2] * 0.114


# ------------------------------------------------------------------ fax
FAX_MODES = {
    "fine": (1728, 204, 196),
    "standard": (1728, 204, 98),
    "200x100": (1728, 200, 100),
    "200x200": (1728, 200, 200),
}


def fax_pages(rng, pages, header: str | None, mode: str = "fine", skew: float = 0.0,
              noise: float = 0.06, threshold: float = 0.58, streaks: int = 1,
              dropouts: int = 2, page_label: str = "P.{i:03d}/{n:03d}"):
    """Each page: grey, skewed, resampled to the fax raster, thresholded, with
    the sending machine's header line (TSI, date, page) on top."""
    width, xdpi, ydpi = FAX_MODES[mode]
    out = []
    n = len(pages)
    for i, a in enumerate(pages):
        g = to_pil(luminance(a))
        if skew:
            g = g.rotate(skew, resample=Image.BILINEAR, fillcolor=255)
        # page width 210 mm inside a 215 mm scan line
        pw = int(round(210 / 25.4 * xdpi))
        ph = int(round(297 / 25.4 * ydpi))
        g = g.resize((pw, ph), Image.BILINEAR)
        canvas = Image.new("L", (width, ph), 255)
        canvas.paste(g, ((width - pw) // 2 + int(rng.integers(-8, 8)), 0))
        arr = np.asarray(canvas, dtype=np.float32) / 255.0
        arr = arr + rng.normal(0, noise, arr.shape).astype(np.float32)
        for _ in range(streaks):
            x = int(rng.integers(40, width - 40))
            arr[:, x:x + int(rng.integers(1, 3))] -= rng.uniform(0.12, 0.3)
        bw = (arr > threshold).astype(np.uint8) * 255
        for _ in range(dropouts):
            y = int(rng.integers(100, ph - 10))
            k = int(rng.integers(1, 4))
            if rng.random() < 0.5:
                bw[y:y + k] = bw[y - 1]
            else:
                bw[y:y + k] = 255
        speck = rng.random(bw.shape) < 0.0007
        bw[speck] = 0
        im = Image.fromarray(bw)
        if header:
            d = ImageDraw.Draw(im)
            fsz = 22 if ydpi > 150 else 22
            hdr = Image.new("L", (width, 34), 255)
            hd = ImageDraw.Draw(hdr)
            f = ImageFont.truetype(MONO, fsz)
            text = header + "   " + page_label.format(i=i + 1, n=n)
            hd.text((24, 5), text, font=f, fill=0)
            if ydpi < 150:
                hdr = hdr.resize((width, 17), Image.NEAREST)
            hdr = hdr.point(lambda v: 255 if v > 128 else 0)
            im.paste(hdr, (0, 0))
        out.append(im.convert("1"))
    return out, (xdpi, ydpi)


def save_fax_tiff(path, images, dpi, compression="group4", description=None):
    info = {}
    if description:
        info[270] = description  # ImageDescription: the sending machine's TSI
    images[0].save(path, compression=compression, dpi=dpi, save_all=True,
                   append_images=images[1:], tiffinfo=info)


# -------------------------------------------------------------- flatbed
def paper_tone(rng, a: np.ndarray, tone=(0.97, 0.965, 0.94)) -> np.ndarray:
    t = np.array(tone, dtype=np.float32)
    tex = 0.985 + 0.015 * ps.smooth_noise(rng, a.shape[0], a.shape[1], 40)
    return a * t * tex[..., None]


def flatbed(rng, a: np.ndarray, grey=False, skew=0.0, scale=1.0, noise=0.015, blur=0.5,
            tone=(0.97, 0.965, 0.94)) -> Image.Image:
    a = paper_tone(rng, a, tone)
    a = a + rng.normal(0, noise, a.shape).astype(np.float32)
    im = to_pil(a)
    if grey:
        im = im.convert("L")
    fill = 250 if grey else (250, 250, 248)
    if skew:
        im = im.rotate(skew, resample=Image.BICUBIC, fillcolor=fill)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if scale != 1.0:
        im = im.resize((int(im.width * scale), int(im.height * scale)), Image.LANCZOS)
    return im


def photocopy(rng, a: np.ndarray, contrast=1.6) -> np.ndarray:
    """Grey, contrasty, toner specks: returns RGB float."""
    g = luminance(a)
    g = np.clip((g - 0.5) * contrast + 0.55, 0, 1)
    g = g - (rng.random(g.shape) < 0.0015) * 0.7
    g = np.clip(g, 0, 1)
    return np.repeat(g[..., None], 3, axis=2)


# ------------------------------------------------------------ phone photo
def _persp_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): output point -> input."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def phone_photo(rng, a: np.ndarray, out_w=1500, out_h=2000, shadow=True,
                table=(0.52, 0.40, 0.30), tilt=0.06, rot=2.0) -> Image.Image:
    page = to_pil(paper_tone(rng, a, (0.98, 0.97, 0.95)))
    pw = int(out_w * rng.uniform(0.80, 0.88))
    ph = int(pw * sheet.H / sheet.W)
    if ph > out_h * 0.95:
        ph = int(out_h * 0.93)
        pw = int(ph * sheet.W / sheet.H)
    page = page.resize((pw, ph), Image.LANCZOS)
    # table: wood-like stripes
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    n = ps.smooth_noise(rng, out_h, out_w, 30)
    stripes = 0.5 + 0.5 * np.sin(yy / 7.0 + 2.5 * n + xx / 900)
    base = np.array(table, dtype=np.float32)
    bg = base * (0.9 + 0.07 * stripes[..., None] + 0.05 * n[..., None])
    canvas = to_pil(bg)
    ox, oy = (out_w - pw) // 2, (out_h - ph) // 2
    canvas.paste(page, (ox, oy))
    # perspective: page corners move inward at the top (keystone) and jitter
    k = tilt * out_w
    j = lambda: rng.uniform(-0.012, 0.012) * out_w
    dst = [(ox + k * 0.6 + j(), oy + j()), (ox + pw - k * 0.4 + j(), oy + j() + 10),
           (ox + pw + j(), oy + ph + j()), (ox + j(), oy + ph + j())]
    src = [(ox, oy), (ox + pw, oy), (ox + pw, oy + ph), (ox, oy + ph)]
    coeffs = _persp_coeffs(dst, src)
    bgcol = tuple(int(c * 255) for c in table)
    warped = canvas.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bgcol)
    # the table outside the warped page
    mask = Image.new("L", (out_w, out_h), 0)
    ImageDraw.Draw(mask).polygon(dst, fill=255)
    table_im = to_pil(bg)
    warped = Image.composite(warped, table_im, mask)
    warped = warped.rotate(rot, resample=Image.BICUBIC, fillcolor=bgcol)
    arr = np.asarray(warped, dtype=np.float32) / 255.0
    # light: vignette, warm cast, the phone's shadow
    r = np.hypot((xx - out_w / 2) / out_w, (yy - out_h / 2) / out_h)
    light = 1.05 - 0.45 * r ** 2
    if shadow:
        cxs, cys = rng.uniform(0.6, 1.0) * out_w, rng.uniform(0.55, 1.0) * out_h
        d = np.hypot(xx - cxs, yy - cys) / out_w
        light = light * (1 - 0.35 * np.clip(1.0 - d / 0.45, 0, 1) ** 1.5)
    arr = arr * light[..., None] * np.array([1.03, 1.0, 0.9], dtype=np.float32)
    arr = arr + rng.normal(0, 0.02, arr.shape).astype(np.float32)
    im = to_pil(arr).filter(ImageFilter.GaussianBlur(0.7))
    return im


# ---------------------------------------------------------------- files
def save_jpeg(path, im, quality=70, dpi=200):
    im.save(path, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)


def save_png(path, im, dpi=200, colours=None):
    # the scanner's background removal: paper goes white
    im = im.point(lambda v: 255 if v > 226 else int(v * 1.04))
    if colours:
        im = im.quantize(colours, dither=Image.Dither.NONE)
    im.save(path, "PNG", dpi=(dpi, dpi), optimize=True)


def save_pdf(path, images, dpi=200, quality=60):
    ims = [im.convert("RGB") if im.mode not in ("L", "RGB") else im for im in images]
    import calendar
    import time
    when = time.gmtime(calendar.timegm((2026, 12, 5, 8, 0, 0)))  # fixed: the same bytes on every run
    ims[0].save(path, "PDF", save_all=True, append_images=ims[1:], resolution=dpi, quality=quality,
                creationDate=when, modDate=when, producer="Scanner MFP", creator="Scan to PDF")


def save_tiff(path, images, dpi=200, compression="jpeg"):
    images[0].save(path, compression=compression, dpi=(dpi, dpi), save_all=True,
                   append_images=images[1:], quality=65)
